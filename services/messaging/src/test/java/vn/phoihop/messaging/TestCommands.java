package vn.phoihop.messaging;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The test service's one API command: it creates a row with a fresh id, so each time it takes effect shows. A name
 * the test marks as refused is written and then refused, as a domain rule broken mid-command would be.
 */
@RestController
class TestCommands {

    static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    private final JdbcClient jdbc;

    TestCommands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/api/test-commands")
    @Transactional
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, String> command) {
        UUID id = UUID.randomUUID();
        String name = command.get("name");
        this.jdbc.sql("insert into test_command (id, name) values (?, ?)").params(id, name).update();
        if (REFUSED.contains(name)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "refused by the test");
        }
        return ResponseEntity.created(URI.create("/api/test-commands/" + id)).body(Map.of("id", id, "name", name));
    }

}
