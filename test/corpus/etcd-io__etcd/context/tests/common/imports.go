// Import list of package common in tests/common of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package common

import (
	_ "context"
	_ "fmt"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/stretchr/testify/require"
	_ "go.etcd.io/etcd/api/v3/authpb"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/tests/v3/framework/config"
	_ "go.etcd.io/etcd/tests/v3/framework/interfaces"
	_ "os"
	_ "testing"
	_ "time"
)
