// Import list of package proxyhttp in pkg/proxyhttp of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package proxyhttp

import (
	_ "context"
	_ "crypto/tls"
	_ "errors"
	_ "fmt"
	_ "github.com/coreos/go-systemd/activation"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options/util"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "golang.org/x/sync/errgroup"
	_ "net"
	_ "net/http"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "time"
)
