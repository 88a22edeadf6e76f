// Import list of package version in api/version of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package version

import (
	_ "fmt"
	_ "github.com/Masterminds/semver/v3"
	_ "strings"
)
