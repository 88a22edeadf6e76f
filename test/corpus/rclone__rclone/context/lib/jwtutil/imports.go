// Import list of package jwtutil in lib/jwtutil of rclone/rclone (the import blocks of its non-test files; no code kept)
package jwtutil

import (
	_ "bytes"
	_ "crypto/rand"
	_ "crypto/rsa"
	_ "encoding/hex"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/golang-jwt/jwt/v4"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/lib/oauthutil"
	_ "golang.org/x/oauth2"
	_ "io"
	_ "maps"
	_ "net/http"
	_ "strings"
	_ "time"
)
