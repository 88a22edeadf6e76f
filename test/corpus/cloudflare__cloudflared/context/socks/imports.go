// Import list of package socks in socks of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package socks

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/ipaccess"
	_ "github.com/rs/zerolog"
	_ "io"
	_ "net"
	_ "strconv"
	_ "strings"
)
