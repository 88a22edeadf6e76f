// Import list of package ip in pkg/ip of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package ip

import (
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/ip"
	_ "net"
	_ "net/http"
	_ "strings"
)
