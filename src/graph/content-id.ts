// What an id in the content looks like (a conversation, a step, a service):
// lower-case letters and digits, words joined by dashes. One pattern for the
// compiler's checks and the API's path parameters; no schema library here, so
// the server's start-up path does not load the compiler's.
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
