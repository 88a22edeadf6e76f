// Import list of package gcloud in providers/dns/gcloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package gcloud

import (
	_ "cloud.google.com/go/compute/metadata"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/go-acme/lego/v5/providers/dns/internal/clientdebug"
	_ "github.com/miekg/dns"
	_ "golang.org/x/oauth2"
	_ "golang.org/x/oauth2/google"
	_ "google.golang.org/api/dns/v1"
	_ "google.golang.org/api/googleapi"
	_ "google.golang.org/api/impersonate"
	_ "google.golang.org/api/option"
	_ "log/slog"
	_ "net/http"
	_ "os"
	_ "strconv"
	_ "time"
)
