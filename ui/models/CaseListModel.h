#pragma once

#include "core/cases/CaseRepository.h"

#include <QAbstractTableModel>

namespace corridor::cases {
class CaseService;
}

namespace corridor::ui {

// The case list, loaded page by page as the view scrolls (a vault may hold 100,000 files).
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Uic, Name, SexAge, Location, Status, LastContact, NextFollowUp, NB_COLUMNS };
    static constexpr int PageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CaseListModel(QObject* parent = nullptr);

    void setService(cases::CaseService* service);
    // Reloads from the first page; returns an error message or an empty string.
    QString reload(const cases::ClientFilter& filter);
    void setToday(const QDate& today) { m_today = today; }

    QString clientId(int row) const;
    int rowOf(const QString& clientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    cases::CaseService* m_service = nullptr;
    cases::ClientFilter m_filter;
    QList<cases::ClientSummary> m_rows;
    bool m_more = false;
    bool m_fetching = false;
    QDate m_today;
};

} // namespace corridor::ui
