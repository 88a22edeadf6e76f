// Import list of package proxy in lib/proxy of rclone/rclone (the import blocks of its non-test files; no code kept)
package proxy

import (
	_ "bufio"
	_ "crypto/tls"
	_ "encoding/base64"
	_ "fmt"
	_ "golang.org/x/net/proxy"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
