/** A change the authoring commands refuse to make; the message says why and what to do instead. */
export class AuthoringError extends Error {}
