// Import list of package oraclecloud in providers/dns/oraclecloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package oraclecloud

import (
	_ "context"
	_ "crypto/rsa"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/nrdcg/oci-go-sdk/common/v1065"
	_ "github.com/nrdcg/oci-go-sdk/common/v1065/auth"
	_ "github.com/nrdcg/oci-go-sdk/dns/v1065"
	_ "log/slog"
	_ "net/http"
	_ "os"
	_ "slices"
	_ "strings"
	_ "time"
)
