// Import list of package version in version of drone/drone (the import blocks of its non-test files; no code kept)
package version

import (
	_ "github.com/coreos/go-semver/semver"
)
