// Import list of package fositex in fositex of ory/hydra (the import blocks of its non-test files; no code kept)
package fositex

import (
	_ "context"
	_ "crypto/sha512"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "github.com/ory/hydra/v2/client"
	_ "github.com/ory/hydra/v2/driver/config"
	_ "github.com/ory/hydra/v2/fosite"
	_ "github.com/ory/hydra/v2/fosite/compose"
	_ "github.com/ory/hydra/v2/fosite/handler/oauth2"
	_ "github.com/ory/hydra/v2/fosite/i18n"
	_ "github.com/ory/hydra/v2/fosite/token/jwt"
	_ "github.com/ory/hydra/v2/oauth2"
	_ "github.com/ory/hydra/v2/persistence"
	_ "github.com/ory/hydra/v2/x"
	_ "github.com/ory/x/httpx"
	_ "github.com/ory/x/stringslice"
	_ "github.com/ory/x/urlx"
	_ "hash"
	_ "html/template"
	_ "net/url"
	_ "strings"
)
