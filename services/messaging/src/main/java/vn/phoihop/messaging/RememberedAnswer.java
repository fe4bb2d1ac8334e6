package vn.phoihop.messaging;

/** What an accepted command was answered: enough to answer a resend of it the same way. */
record RememberedAnswer(int status, String contentType, String location, byte[] body) {
}
