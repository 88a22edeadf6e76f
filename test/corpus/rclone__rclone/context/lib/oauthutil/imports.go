// Import list of package oauthutil in lib/oauthutil of rclone/rclone (the import blocks of its non-test files; no code kept)
package oauthutil

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/fs/rc"
	_ "github.com/rclone/rclone/lib/random"
	_ "github.com/skratchdot/open-golang/open"
	_ "golang.org/x/oauth2"
	_ "golang.org/x/oauth2/clientcredentials"
	_ "html/template"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
