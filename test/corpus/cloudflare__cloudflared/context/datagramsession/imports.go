// Import list of package datagramsession in datagramsession of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package datagramsession

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/management"
	_ "github.com/cloudflare/cloudflared/packet"
	_ "github.com/google/uuid"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rs/zerolog"
	_ "io"
	_ "net"
	_ "strings"
	_ "time"
)
