// Import list of package sign in plugin/sign of coredns/coredns (the import blocks of its non-test files; no code kept)
package sign

import (
	_ "crypto"
	_ "crypto/ecdsa"
	_ "crypto/rsa"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/coredns/core/dnsserver"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/file"
	_ "github.com/coredns/coredns/plugin/file/tree"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/miekg/dns"
	_ "golang.org/x/crypto/ed25519"
	_ "io"
	_ "math/rand"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strconv"
	_ "strings"
	_ "time"
)
