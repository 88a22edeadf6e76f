// Import list of package reload in plugin/reload of coredns/coredns (the import blocks of its non-test files; no code kept)
package reload

import (
	_ "bytes"
	_ "crypto/sha512"
	_ "encoding/hex"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/coredns/caddy"
	_ "github.com/coredns/caddy/caddyfile"
	_ "github.com/coredns/coredns/plugin"
	_ "github.com/coredns/coredns/plugin/pkg/log"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promauto"
	_ "math/rand"
	_ "sync"
	_ "time"
)
