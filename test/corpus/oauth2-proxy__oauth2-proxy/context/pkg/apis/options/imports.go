// Import list of package options in pkg/apis/options of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package options

import (
	_ "crypto"
	_ "errors"
	_ "fmt"
	_ "github.com/a8m/envsubst"
	_ "github.com/go-viper/mapstructure/v2"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/apis/ip"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/providers/oidc"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/util/ptr"
	_ "github.com/spf13/pflag"
	_ "github.com/spf13/viper"
	_ "go.yaml.in/yaml/v3"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "reflect"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "time"
)
