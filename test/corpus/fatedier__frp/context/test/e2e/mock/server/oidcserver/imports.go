// Import list of package oidcserver in test/e2e/mock/server/oidcserver of fatedier/frp (the import blocks of its non-test files; no code kept)
package oidcserver

import (
	_ "crypto"
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "encoding/json"
	_ "fmt"
	_ "math/big"
	_ "net"
	_ "net/http"
	_ "strconv"
	_ "sync/atomic"
	_ "time"
)
