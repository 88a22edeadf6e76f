module github.com/go-acme/lego/docs

go 1.25

require github.com/McShelby/hugo-theme-relearn v0.0.0-20260223212755-c5eb975e9e84
