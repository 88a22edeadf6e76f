// Import list of package mocks in mocks of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "context"
	_ "crypto/tls"
	_ "github.com/cloudflare/cloudflared/connection/dialopts"
	_ "github.com/cloudflare/cloudflared/edgediscovery/allregions"
	_ "github.com/cloudflare/cloudflared/quic"
	_ "github.com/quic-go/quic-go"
	_ "github.com/rs/zerolog"
	_ "go.uber.org/mock/gomock"
	_ "net"
	_ "net/netip"
	_ "reflect"
	_ "time"
)
