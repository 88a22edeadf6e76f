// Import list of package urllib in internal/urllib of miniflux/v2 (the import blocks of its non-test files; no code kept)
package urllib

import (
	_ "errors"
	_ "fmt"
	_ "net"
	_ "net/netip"
	_ "net/url"
	_ "strings"
)
