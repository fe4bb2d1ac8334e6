package vn.phoihop.messaging;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service of the smallest kind: it appends events and records what it handles in {@code handled_event}. */
@SpringBootApplication
class MessagingTestApplication {

}
