// Import list of package model in tests/robustness/model of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package model

import (
	_ "cmp"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/anishathalye/porcupine"
	_ "go.etcd.io/etcd/api/v3/etcdserverpb"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/server/v3/storage/mvcc"
	_ "go.etcd.io/etcd/tests/v3/robustness/identity"
	_ "hash/fnv"
	_ "html"
	_ "maps"
	_ "reflect"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "time"
	_ "unsafe"
)
