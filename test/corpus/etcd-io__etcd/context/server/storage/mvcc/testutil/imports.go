// Import list of package testutil in server/storage/mvcc/testutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package testutil

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "go.etcd.io/bbolt"
	_ "go.etcd.io/etcd/api/v3/mvccpb"
	_ "google.golang.org/protobuf/proto"
	_ "os"
	_ "testing"
)
