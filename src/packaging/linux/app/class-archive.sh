#!/bin/sh
# Makes the class-data archive (AppCDS) of the app it is installed in: lib/app/commissioning-explorer.jsa, which
# the launcher maps at every start (-XX:SharedArchiveFile in commissioning-explorer.cfg) instead of reading,
# checking and linking the window's classes from the jars again. Java 17 uses an archive only with the class path
# it was made with, so it is made where the app is installed: by the .deb's postinst, or by hand for an app image
# (sh lib/app/class-archive.sh). Without it, or with a stale one, the app starts as before, only slower.
set -eu
app=$(cd "$(dirname "$0")/../.." && pwd)
cfg="$app/lib/app/commissioning-explorer.cfg"
archive="$app/lib/app/commissioning-explorer.jsa"
# The launcher's class path, in its order, and its JVM options but the archive itself: the archive must match both.
cp=$(sed -n "s|^app\.classpath=\\\$APPDIR/|$app/lib/app/|p" "$cfg" | tr '\n' ':' | sed 's/:$//')
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xlog:')
rm -f "$archive"
# shellcheck disable=SC2086 # the options are single words, one per line
"$app/lib/runtime/bin/java" $options -Xlog:cds*=off -XX:ArchiveClassesAtExit="$archive" -cp "$cp" \
    org.commissioningexplorer.Launcher --load-startup-classes
test -s "$archive"
echo "class-data archive: $archive ($(du -k "$archive" | cut -f1) KB)"
