#!/bin/sh
# Writes src/main/resources/org/commissioningexplorer/startup-classes.txt: the classes a start of the window
# loads (--measure-startup, bundled dataset), which the .deb archives where it is installed (AppCDS: see
# "Class-data archive" in the project's README.md). Run it after `mvn package` when the window's start changes
# much; a stale list only makes the start a little slower (the classes it lacks are read from the jars as before).
# Needs a display, or Xvfb.
set -eu
cd "$(dirname "$0")/../.."
jar=target/commissioning-explorer.jar
out=src/main/resources/org/commissioningexplorer/startup-classes.txt
log=$(mktemp)
config=$(mktemp -d)
trap 'rm -rf "$log" "$config"' EXIT
run="java -Xshare:off -Xlog:class+load=info:file=$log -Dexplorer.config.dir=$config -jar $jar --measure-startup"
if [ -n "${DISPLAY:-}" ]; then $run >/dev/null; else xvfb-run -a $run >/dev/null; fi
{
    echo "# The classes a start of the window loads, made by src/packaging/make-class-list.sh; see StartupClasses."
    # "[time][info][class,load] NAME source: ...": the names, without the classes Java makes as it runs (lambdas,
    # reflection's accessors, proxies), which no jar has
    sed -n 's/^\[[^]]*\]\[info\]\[class,load\] \([^ ]*\) source: .*/\1/p' "$log" \
        | grep -v -e '\$\$' -e '/0x' -e '^jdk\.internal\.reflect\.Generated' -e '\.\$Proxy' | LC_ALL=C sort -u
} > "$out"
echo "$(grep -vc '^#' "$out") classes in $out"
