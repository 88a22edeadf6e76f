// Import list of package etcdutl in etcdutl/etcdutl of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package etcdutl

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/Masterminds/semver/v3"
	_ "github.com/dustin/go-humanize"
	_ "github.com/olekukonko/tablewriter"
	_ "github.com/olekukonko/tablewriter/tw"
	_ "github.com/spf13/cobra"
	_ "go.etcd.io/etcd/api/v3/version"
	_ "go.etcd.io/etcd/client/pkg/v3/logutil"
	_ "go.etcd.io/etcd/etcdutl/v3/snapshot"
	_ "go.etcd.io/etcd/pkg/v3/cobrautl"
	_ "go.etcd.io/etcd/server/v3/lease"
	_ "go.etcd.io/etcd/server/v3/storage/backend"
	_ "go.etcd.io/etcd/server/v3/storage/datadir"
	_ "go.etcd.io/etcd/server/v3/storage/mvcc"
	_ "go.etcd.io/etcd/server/v3/storage/schema"
	_ "go.etcd.io/etcd/server/v3/storage/wal"
	_ "go.etcd.io/etcd/server/v3/storage/wal/walpb"
	_ "go.uber.org/zap"
	_ "go.uber.org/zap/zapcore"
	_ "os"
	_ "strings"
	_ "time"
)
