// Import list of package e2e in tests/e2e of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package e2e

import (
	_ "bytes"
	_ "context"
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "crypto/x509"
	_ "crypto/x509/pkix"
	_ "encoding/json"
	_ "encoding/pem"
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/transport"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/pkg/v3/stringutil"
	_ "go.etcd.io/etcd/tests/v3/framework/e2e"
	_ "go.etcd.io/etcd/tests/v3/framework/integration"
	_ "go.uber.org/zap"
	_ "golang.org/x/sync/errgroup"
	_ "math/big"
	_ "net"
	_ "os"
	_ "strings"
	_ "testing"
	_ "time"
)
