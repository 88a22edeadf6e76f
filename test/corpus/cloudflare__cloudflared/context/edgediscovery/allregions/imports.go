// Import list of package allregions in edgediscovery/allregions of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package allregions

import (
	_ "context"
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/management"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "math/rand"
	_ "net"
	_ "time"
)
