// Import list of package edgediscovery in edgediscovery of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package edgediscovery

import (
	_ "context"
	_ "crypto/tls"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/edgediscovery/allregions"
	_ "github.com/cloudflare/cloudflared/management"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "net"
	_ "strings"
	_ "sync"
	_ "time"
)
