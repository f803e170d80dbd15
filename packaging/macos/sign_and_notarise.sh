#!/usr/bin/env bash
# Sign Roundtable.app with a Developer ID, notarise it with Apple and staple the ticket.
# Needs (from CI secrets, never committed): MACOS_CERT_P12 (base64), MACOS_CERT_PASSWORD,
# MACOS_IDENTITY ("Developer ID Application: NAME (TEAMID)"), APPLE_ID, APPLE_TEAM_ID,
# APPLE_APP_PASSWORD (an app-specific password). Without them CI skips this step: an
# unsigned build is labelled as such, never signed with a made-up identity.
set -euo pipefail
app=${1:?usage: sign_and_notarise.sh Roundtable.app}
here=$(cd "$(dirname "$0")" && pwd)
keychain=$RUNNER_TEMP/signing.keychain-db
echo "$MACOS_CERT_P12" | base64 --decode > "$RUNNER_TEMP/cert.p12"
security create-keychain -p ci "$keychain"
security unlock-keychain -p ci "$keychain"
security import "$RUNNER_TEMP/cert.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k ci "$keychain"
security list-keychains -d user -s "$keychain"
rm "$RUNNER_TEMP/cert.p12"
# Inside out: every library and executable, then the bundle.
find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
  xargs -0 codesign --force --timestamp --options runtime \
    --entitlements "$here/entitlements.plist" --sign "$MACOS_IDENTITY"
codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
  --sign "$MACOS_IDENTITY" "$app"
codesign --verify --deep --strict "$app"
ditto -c -k --keepParent "$app" "$RUNNER_TEMP/Roundtable.zip"
xcrun notarytool submit "$RUNNER_TEMP/Roundtable.zip" --apple-id "$APPLE_ID" \
  --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$app"
