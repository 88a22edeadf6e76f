// Import list of package transport in pkg/transport of fatedier/frp (the import blocks of its non-test files; no code kept)
package transport

import (
	_ "context"
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "encoding/pem"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/msg"
	_ "github.com/fatedier/golib/errors"
	_ "math/big"
	_ "os"
	_ "reflect"
	_ "sync"
	_ "time"
)
