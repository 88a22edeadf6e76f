// Import list of package transport in client/pkg/transport of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package transport

import (
	_ "context"
	_ "crypto/ecdsa"
	_ "crypto/elliptic"
	_ "crypto/rand"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "crypto/x509/pkix"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/client/pkg/v3/tlsutil"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "go.uber.org/zap"
	_ "golang.org/x/sys/unix"
	_ "math/big"
	_ "net"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "syscall"
	_ "time"
)
