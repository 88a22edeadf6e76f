// Import list of package redis in pkg/sessions/redis of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package redis

import (
	_ "context"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "errors"
	_ "fmt"
	_ "github.com/bsm/redislock"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/options"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/sessions"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/sessions/persistence"
	_ "github.com/redis/go-redis/v9"
	_ "os"
	_ "time"
)
