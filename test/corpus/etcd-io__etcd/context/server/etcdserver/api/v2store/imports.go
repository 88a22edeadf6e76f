// Import list of package v2store in server/etcdserver/api/v2store of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package v2store

import (
	_ "container/heap"
	_ "container/list"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/jonboulle/clockwork"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/server/v3/etcdserver/api/v2error"
	_ "path"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
