// Import list of package ipaccess in ipaccess of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package ipaccess

import (
	_ "fmt"
	_ "net"
	_ "sort"
)
