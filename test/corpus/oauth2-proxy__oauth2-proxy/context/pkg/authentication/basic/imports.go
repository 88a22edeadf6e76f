// Import list of package basic in pkg/authentication/basic of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package basic

import (
	_ "crypto/sha1"
	_ "encoding/base64"
	_ "encoding/csv"
	_ "fmt"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/watcher"
	_ "golang.org/x/crypto/bcrypt"
	_ "io"
	_ "os"
	_ "sync"
)
