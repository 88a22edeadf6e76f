// Import list of package api in server/etcdserver/api of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package api

import (
	_ "github.com/Masterminds/semver/v3"
	_ "go.etcd.io/etcd/api/v3/version"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/membership"
	_ "go.etcd.io/etcd/server/v3/etcdserver/version"
	_ "go.uber.org/zap"
	_ "sync"
)
