// Import list of package cliclient in cmd/cliclient of ory/hydra (the import blocks of its non-test files; no code kept)
package cliclient

import (
	_ "github.com/ory/hydra-client-go/v2"
	_ "github.com/ory/x/cmdx"
	_ "github.com/pkg/errors"
	_ "github.com/spf13/cobra"
	_ "net/url"
)
