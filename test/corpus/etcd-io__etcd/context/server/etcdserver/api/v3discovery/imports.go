// Import list of package v3discovery in server/etcdserver/api/v3discovery of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v3discovery

import (
	_ "context"
	_ "errors"
	_ "github.com/jonboulle/clockwork"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.uber.org/zap"
	_ "math"
	_ "path"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
