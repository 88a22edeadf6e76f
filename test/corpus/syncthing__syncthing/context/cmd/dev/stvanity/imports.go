// Import list of package main in cmd/dev/stvanity of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "crypto/ecdsa"
	_ "crypto/elliptic"
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "crypto/x509"
	_ "crypto/x509/pkix"
	_ "encoding/pem"
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "math/big"
	_ "math/rand"
	_ "os"
	_ "runtime"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
