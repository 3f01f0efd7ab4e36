#!/usr/bin/env bash
# Makes the app's icons from icon.svg (needs ImageMagick): the PNGs for Linux and the window, the .ico for
# Windows (16 to 256 px in one file) and the .icns for macOS (PNG entries, 16 to 1024 px). Run it after
# changing icon.svg and commit what it writes; the build only copies the results.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 16 32 48 64 128 256 512 1024; do
  convert -background none icon.svg -resize "${n}x${n}" -depth 8 "PNG32:$tmp/$n.png"
done
cp "$tmp/512.png" linux/commissioning-explorer.png
ui=../main/resources/org/commissioningexplorer/ui
for n in 32 64 256; do cp "$tmp/$n.png" "$ui/icon-$n.png"; done
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" windows/commissioning-explorer.ico
python3 - "$tmp" macos/commissioning-explorer.icns <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
# icns entry types that hold PNG data, by pixel size (the @2x types reuse the larger images)
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
         ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for t, n in types:
    data = open(f"{src}/{n}.png", "rb").read()
    body += t.encode() + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "icons written"
