# Sourced by ./mvnw, ./attache and .ci/run: points JAVA_HOME at a JDK 21 or newer when the
# current one (JAVA_HOME, else the java on PATH) is older. Looks in JAVA_HOME, PATH and /usr/lib/jvm.
attache_java_major() { # prints the major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1 | grep . || echo 0
}
attache_use_jdk21() {
  local current="" candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then current="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then current="$(command -v java)"; fi
  if [ -n "$current" ] && [ "$(attache_java_major "$current")" -ge 21 ]; then return 0; fi
  for candidate in /usr/lib/jvm/*/bin/java /opt/*/bin/java; do
    [ -x "$candidate" ] || continue
    if [ "$(attache_java_major "$candidate")" -ge 21 ] && [ -x "$(dirname "$candidate")/javac" ]; then
      JAVA_HOME="$(cd "$(dirname "$candidate")/.." && pwd)"; export JAVA_HOME; return 0
    fi
  done
  echo "Attaché needs a JDK 21 or newer; found ${current:-no java}. Install one and set JAVA_HOME to it." >&2
  return 1
}
attache_use_jdk21 || exit 1
