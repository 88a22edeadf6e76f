// Import list of package packet in packet of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package packet

import (
	_ "context"
	_ "encoding/binary"
	_ "errors"
	_ "fmt"
	_ "github.com/google/gopacket"
	_ "github.com/google/gopacket/layers"
	_ "github.com/google/uuid"
	_ "github.com/pkg/errors"
	_ "golang.org/x/net/icmp"
	_ "golang.org/x/net/ipv4"
	_ "golang.org/x/net/ipv6"
	_ "net/netip"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
