// Import list of package version in server/etcdserver/version of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package version

import (
	_ "context"
	_ "errors"
	_ "github.com/Masterminds/semver/v3"
	_ "go.etcd.io/etcd/api/v3/version"
	_ "go.uber.org/zap"
	_ "strings"
)
