// Import list of package ip in pkg/apis/ip of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package ip

import (
	_ "net"
	_ "net/http"
)
