// Import list of package features in features of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package features

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/rs/zerolog"
	_ "hash/fnv"
	_ "net"
	_ "slices"
	_ "sync"
	_ "time"
)
