// Import list of package osx in oryx/osx of ory/hydra (the import blocks of its non-test files; no code kept)
package osx

import (
	_ "cmp"
	_ "encoding/base64"
	_ "github.com/hashicorp/go-retryablehttp"
	_ "github.com/ory/x/httpx"
	_ "github.com/pkg/errors"
	_ "io"
	_ "net/url"
	_ "os"
	_ "strings"
)
