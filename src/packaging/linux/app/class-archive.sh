#!/bin/sh
# Makes the class-data archive (AppCDS) of the app it is installed in: lib/app/commissioning-explorer.jsa, which
# the launcher maps at every start, on top of the runtime's own archive (-XX:SharedArchiveFile=BASE:TOP in
# commissioning-explorer.cfg), instead of reading, checking and linking the window's classes from the jars again.
# Java 17 uses an archive only with the class path it was made with, so it is made where the app is installed: by
# the .deb's postinst, or by hand for an app image (sh lib/app/class-archive.sh). Without it, or with a stale one,
# the app starts as before, only slower (so too in a folder whose path has a space: the launcher's Java 17 then
# passes the archive over, seen here, though it is made; /opt/commissioning-explorer has none).
set -eu
set -f # the JVM options below are split into words, never expanded as file names
app=$(cd "$(dirname "$0")/../.." && pwd)
cfg="$app/lib/app/commissioning-explorer.cfg"
archive="$app/lib/app/commissioning-explorer.jsa"
# The launcher's class path, in its order, and its JVM options but the archives: the archive must match both.
# Paths are put together by the shell, not by sed, so that an install path may hold any character.
cp=""
for jar in $(sed -n 's|^app\.classpath=\$APPDIR/||p' "$cfg"); do
    cp="${cp:+$cp:}$app/lib/app/$jar"
done
options=""
for option in $(sed -n 's/^java-options=//p' "$cfg"); do
    case "$option" in
        -XX:SharedArchiveFile=*|-Xlog:*) ;;
        *) options="$options $option" ;;
    esac
done
rm -f "$archive"
# shellcheck disable=SC2086 # the options are single words, one per line in the cfg
"$app/lib/runtime/bin/java" $options '-Xlog:cds*=off' -XX:ArchiveClassesAtExit="$archive" -cp "$cp" \
    org.commissioningexplorer.Launcher --load-startup-classes
test -s "$archive"
echo "class-data archive: $archive ($(du -k "$archive" | cut -f1) KB)"
