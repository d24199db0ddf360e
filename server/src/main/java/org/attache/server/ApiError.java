package org.attache.server;

import org.jspecify.annotations.Nullable;

/**
 * A request the API refuses, answered as JSON {@code {"error": {"code", "message", "parameter", "value"}}}.
 *
 * @see Code for the stable codes
 */
final class ApiError extends RuntimeException {
  /** The stable error codes clients may rely on, with their HTTP status. */
  enum Code {
    BAD_PARAMETER(400), UNKNOWN_PARAMETER(400), NOT_FOUND(404), INTERNAL(500),
    UNAUTHORIZED(401), TOO_LARGE(413), RATE_LIMITED(429),
    /** The canonical view is not built yet (answered with a Retry-After). */
    NOT_READY(503);

    final int status;

    Code(int status) {
      this.status = status;
    }

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  final Code code;
  final @Nullable String parameter;
  final @Nullable String value;

  ApiError(Code code, String message, @Nullable String parameter, @Nullable String value) {
    super(message);
    this.code = code;
    this.parameter = parameter;
    this.value = value;
  }

  static ApiError badParameter(String parameter, String value, String problem) {
    return new ApiError(Code.BAD_PARAMETER, "parameter '" + parameter + "' = '" + value + "': " + problem, parameter,
        value);
  }

  static ApiError notFound(String what, String id) {
    return new ApiError(Code.NOT_FOUND, "no " + what + " with id '" + id + "'", "id", id);
  }
}
